namespace SyncConsole.Core.Ports;

/// <summary>Which change feed a cursor belongs to.</summary>
public enum CursorSide
{
    /// <summary>Our record store's change feed.</summary>
    Internal = 1,

    /// <summary>The provider's change feed.</summary>
    External,
}
