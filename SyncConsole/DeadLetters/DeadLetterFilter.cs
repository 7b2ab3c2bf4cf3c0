namespace SyncConsole.DeadLetters;

/// <summary>Filters of the dead-letter list; null means any.</summary>
public sealed record DeadLetterFilter(string? Status = null, string? EntityType = null, string? IntegrationId = null, string? Direction = null);
