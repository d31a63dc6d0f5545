namespace Keepage.Tests.StoreContract;

public sealed class SqlitePatientLinkContractTests() : PatientLinkContract(new SqliteContractDatabase());
