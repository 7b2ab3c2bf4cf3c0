namespace SyncConsole.Core.Versioning;

/// <summary>What a version vector says about one record.</summary>
public enum SyncDecision
{
    /// <summary>Neither side changed since the last sync.</summary>
    InSync = 1,

    /// <summary>Only our side changed: push to the provider.</summary>
    Outbound,

    /// <summary>Only the provider changed: pull into our side.</summary>
    Inbound,

    /// <summary>Both sides changed: merge field by field, or apply the conflict policy.</summary>
    Conflict,
}
