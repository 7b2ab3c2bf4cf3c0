namespace SyncConsole.Core.Orchestration;

/// <summary>The direction of one record result (wire: <c>inbound</c>, <c>outbound</c>).</summary>
public enum ChangeDirection
{
    /// <summary>Provider → our system.</summary>
    Inbound = 1,

    /// <summary>Our system → provider.</summary>
    Outbound,
}
