using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Matching;

/// <summary>
/// First-sync matching keys per entity type, tried in order: the first key that finds exactly one unlinked candidate
/// links it; a key finding several makes an ambiguous-match review item. Defaults: customer and vendor by
/// <c>display_name</c>, then <c>email</c>; item and account by <c>name</c>; invoice by <c>doc_number</c> +
/// <c>customer_id</c> + <c>txn_date</c>; bill by <c>doc_number</c> + <c>vendor_id</c> + <c>txn_date</c>; payment by
/// <c>customer_id</c> + <c>txn_date</c> + <c>total_amount</c>.
/// </summary>
public sealed class MatchingOptions
{
    /// <summary>Keys per entity type; an entity type without keys is never matched (always created).</summary>
    public Dictionary<EntityType, IReadOnlyList<MatchKey>> Keys { get; } = new()
    {
        [EntityType.Customer] = [MatchKey.Of("display_name"), MatchKey.Of("email")],
        [EntityType.Vendor] = [MatchKey.Of("display_name"), MatchKey.Of("email")],
        [EntityType.Item] = [MatchKey.Of("name")],
        [EntityType.Account] = [MatchKey.Of("name")],
        [EntityType.Invoice] = [MatchKey.Of("doc_number", "customer_id", "txn_date")],
        [EntityType.Bill] = [MatchKey.Of("doc_number", "vendor_id", "txn_date")],
        [EntityType.Payment] = [MatchKey.Of("customer_id", "txn_date", "total_amount")],
    };

    /// <summary>The keys of an entity type.</summary>
    public IReadOnlyList<MatchKey> KeysFor(EntityType entityType) => Keys.GetValueOrDefault(entityType, []);
}
