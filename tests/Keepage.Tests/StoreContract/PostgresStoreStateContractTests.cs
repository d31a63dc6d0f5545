namespace Keepage.Tests.StoreContract;

public sealed class PostgresStoreStateContractTests() : KeepageStoreStateContract(new PostgresContractDatabase());
