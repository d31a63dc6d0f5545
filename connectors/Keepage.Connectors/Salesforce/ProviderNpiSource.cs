namespace Keepage.Connectors.Salesforce;

/// <summary>Where a physician's NPI lives in the org.</summary>
public enum ProviderNpiSource
{
    /// <summary>A field on Contact (default <c>NPI__c</c>).</summary>
    ContactField,

    /// <summary>Health Cloud's <c>HealthcareProviderNpi</c> records, joined to the Contact by <c>PractitionerId</c> (wire spec B13).</summary>
    HealthcareProviderNpi,
}
