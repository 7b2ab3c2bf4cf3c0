namespace SyncConsole.Core.Rules;

/// <summary>Which way records flow for an entity type (wire: <c>inbound</c>, <c>outbound</c>, <c>bidirectional</c>).</summary>
public enum SyncDirection
{
    /// <summary>Provider → our system only; the provider is never written.</summary>
    Inbound = 1,

    /// <summary>Our system → provider only; our system is never written.</summary>
    Outbound,

    /// <summary>Both ways.</summary>
    Bidirectional,
}
