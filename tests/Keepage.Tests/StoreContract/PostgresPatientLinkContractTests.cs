namespace Keepage.Tests.StoreContract;

public sealed class PostgresPatientLinkContractTests() : PatientLinkContract(new PostgresContractDatabase());
