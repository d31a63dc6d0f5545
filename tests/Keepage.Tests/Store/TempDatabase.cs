using Keepage.Connectors.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Keepage.Tests.Store;

/// <summary>A real SQLite file in its own temporary folder, deleted afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "keepage-store-tests", Guid.NewGuid().ToString("N"));

    public TempDatabase()
    {
        Directory.CreateDirectory(_folder);
        FilePath = Path.Combine(_folder, "keepage.db");
    }

    public string FilePath { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2024, 6, 1, 8, 0, 0, TimeSpan.Zero));

    public async Task<SqliteKeepageStore> MigratedStoreAsync()
    {
        var store = new SqliteKeepageStore(FilePath, Clock);
        await store.MigrateAsync(TestContext.Current.CancellationToken);
        return store;
    }

    public async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = FilePath }.ToString());
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    /// <summary>The bytes of the database and its write-ahead log, read while SQLite may still hold them open.</summary>
    public byte[] FileBytes() =>
        [.. new[] { FilePath, FilePath + "-wal" }.Where(File.Exists).SelectMany(ReadShared)];

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
