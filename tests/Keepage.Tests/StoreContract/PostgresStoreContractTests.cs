namespace Keepage.Tests.StoreContract;

public sealed class PostgresStoreContractTests() : KeepageStoreContract(new PostgresContractDatabase());
