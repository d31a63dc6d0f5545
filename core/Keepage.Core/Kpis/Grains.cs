namespace Keepage.Core.Kpis;

public static class Grains
{
    public const string Provider = "provider";
    public const string Practice = "practice";
    public const string ServiceLine = "service_line";

    /// <summary>The CRM owner (liaison, and so territory) of the provider's contact, else of the practice's account.</summary>
    public const string Liaison = "liaison";
    public const string System = "system";
}
