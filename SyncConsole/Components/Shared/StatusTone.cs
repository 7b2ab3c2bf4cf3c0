namespace SyncConsole.Components.Shared;

/// <summary>How a status reads to an operator, independent of which status it is.</summary>
public enum StatusTone
{
    Neutral,
    Good,
    Warning,
    Bad,
    Active,
}
