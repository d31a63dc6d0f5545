using Keepage.Emulators.Salesforce.Storage;

namespace Keepage.Emulators.Salesforce;

/// <summary>The emulated org: its records, clock, address, API usage, injected faults and server-side settings.</summary>
internal sealed class EmulatedOrg(SalesforceEmulatorOptions options, RecordStore store, Uri baseAddress, ApiUsage usage, SalesforceFaults faults)
{
    public const string OrgId = "00DKp0000000001MAA";

    public SalesforceEmulatorOptions Options { get; } = options;

    public RecordStore Store { get; } = store;

    public RecordWriter Writer { get; } = new(store, options.TimeProvider);

    public TimeProvider Clock => Options.TimeProvider;

    public Uri BaseAddress { get; } = baseAddress;

    public ApiUsage Usage { get; } = usage;

    public SalesforceFaults Faults { get; } = faults;

    /// <summary>The version the emulator advertises and writes into URLs it makes up outside a request.</summary>
    public const string ApiVersion = "62.0";
}
