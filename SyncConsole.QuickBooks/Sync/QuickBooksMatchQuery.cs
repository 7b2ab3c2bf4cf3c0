using System.Text.Json;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.QuickBooks.Api;

namespace SyncConsole.QuickBooks.Sync;

/// <summary>Turns the first matching criterion QuickBooks can filter on (names, document numbers) into a WHERE condition.</summary>
internal static class QuickBooksMatchQuery
{
    public static string? Where(MatchCriteria criteria)
    {
        foreach (var (field, value) in criteria.Values)
        {
            if (value.Json.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var property = (criteria.EntityType, field) switch
            {
                (EntityType.Customer or EntityType.Vendor, "display_name") => "DisplayName",
                (EntityType.Account or EntityType.Item, "name") => "Name",
                (EntityType.Invoice or EntityType.Bill, "doc_number") => "DocNumber",
                _ => null,
            };
            if (property is not null)
            {
                // QuickBooks compares names case-insensitively, as the criteria do; the canonical check still runs after.
                return $"{property} = {QuickBooksQueryText.Literal(value.Json.GetString()!.Trim())}";
            }
        }

        return null;
    }
}
