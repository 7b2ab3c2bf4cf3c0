namespace SyncConsole.Admin;

/// <summary>
/// The system default rule of one entity type, as an admin set it, stored in its API (wire) form. An entity type
/// without a row uses Core's built-in default. A system table: the defaults belong to the installation, and each new
/// connection of any tenant starts from them.
/// </summary>
public sealed class DefaultRuleRow
{
    public required string EntityType { get; init; }

    public required string RuleJson { get; set; }

    public required DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The admin who last changed it (audit actor).</summary>
    public required string UpdatedBy { get; set; }
}
