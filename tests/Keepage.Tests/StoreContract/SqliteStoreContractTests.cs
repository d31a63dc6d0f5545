namespace Keepage.Tests.StoreContract;

public sealed class SqliteStoreContractTests() : KeepageStoreContract(new SqliteContractDatabase());
