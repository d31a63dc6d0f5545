namespace Keepage.Tests.StoreContract;

public sealed class SqliteStoreStateContractTests() : KeepageStoreStateContract(new SqliteContractDatabase());
