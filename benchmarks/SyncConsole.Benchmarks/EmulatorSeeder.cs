using System.Globalization;
using System.Text.Json.Nodes;
using Npgsql;
using NpgsqlTypes;
using SyncConsole.QuickBooks.Sandbox.Storage;

namespace SyncConsole.Benchmarks;

/// <summary>
/// Fills an emulated company with customers straight into the emulator's store (one COPY): seeding through the
/// emulator's API would only measure the emulator. The rows are what the emulator itself stores for a customer
/// (QuickBooks' JSON, its indexed display name and Active flag, a realm-wide id counter), stamped a day in the past so that they are history, not changes.
/// </summary>
internal static class EmulatorSeeder
{
    public static async Task SeedCustomersAsync(string connectionString, string realmId, int count, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var stamp = TimeProvider.System.GetUtcNow().AddDays(-1);
        var nextId = await NextIdAsync(connection, realmId, cancellationToken);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY sandbox_records (realm_id, entity, id, json, last_updated, deleted, display_name_key, active) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < count; i++)
            {
                var id = (nextId + i).ToString(CultureInfo.InvariantCulture);
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(realmId, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync("Customer", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(id, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(CustomerJson(id, i, stamp), NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(stamp, NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
                await writer.WriteAsync(SandboxDisplayNames.KeyOf(DisplayName(i)), NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(true, NpgsqlDbType.Boolean, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var moved = new NpgsqlCommand(
            "UPDATE sandbox_realms SET next_id = @next, version = version + 1 WHERE realm_id = @realm", connection, transaction))
        {
            moved.Parameters.AddWithValue("next", nextId + count);
            moved.Parameters.AddWithValue("realm", realmId);
            await moved.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        // As after any bulk load: the planner learns the table's new size now, not at autovacuum's next round (up to a
        // minute later). Without it, the emulator's lookup of a page by ids filters every row of the company.
        await using var analyze = new NpgsqlCommand("ANALYZE sandbox_records", connection);
        await analyze.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> NextIdAsync(NpgsqlConnection connection, string realmId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT next_id FROM sandbox_realms WHERE realm_id = @realm", connection);
        command.Parameters.AddWithValue("realm", realmId);
        return (long)(await command.ExecuteScalarAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Emulated company {realmId} does not exist."));
    }

    private static string DisplayName(int n) => $"Bench Customer {n.ToString("D6", CultureInfo.InvariantCulture)}";

    /// <summary>A customer as QuickBooks returns it: a person at a company, with an email, a phone and a billing address.</summary>
    private static string CustomerJson(string id, int n, DateTimeOffset stamp)
    {
        var number = n.ToString("D6", CultureInfo.InvariantCulture);
        var display = DisplayName(n);
        var meta = stamp.ToOffset(TimeSpan.FromHours(-7)).ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["Taxable"] = false,
            ["BillAddr"] = new JsonObject
            {
                ["Id"] = id,
                ["Line1"] = $"{100 + (n % 900)} Market Street",
                ["City"] = "San Francisco",
                ["CountrySubDivisionCode"] = "CA",
                ["PostalCode"] = "94105",
                ["Country"] = "USA",
            },
            ["Job"] = false,
            ["BillWithParent"] = false,
            ["Balance"] = 0,
            ["BalanceWithJobs"] = 0,
            ["CurrencyRef"] = new JsonObject { ["value"] = "USD", ["name"] = "United States Dollar" },
            ["PreferredDeliveryMethod"] = "Print",
            ["domain"] = "QBO",
            ["sparse"] = false,
            ["Id"] = id,
            ["SyncToken"] = "0",
            ["MetaData"] = new JsonObject { ["CreateTime"] = meta, ["LastUpdatedTime"] = meta },
            ["GivenName"] = "Pat",
            ["FamilyName"] = $"Bench{number}",
            ["FullyQualifiedName"] = display,
            ["CompanyName"] = $"Bench Company {number}",
            ["DisplayName"] = display,
            ["PrintOnCheckName"] = display,
            ["Active"] = true,
            ["PrimaryPhone"] = new JsonObject { ["FreeFormNumber"] = $"(415) 555-{n % 10000:D4}" },
            ["PrimaryEmailAddr"] = new JsonObject { ["Address"] = $"customer{number}@bench.example" },
            ["Level"] = 0,
        }.ToJsonString();
    }
}
