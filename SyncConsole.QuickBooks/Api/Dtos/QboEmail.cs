namespace SyncConsole.QuickBooks.Api.Dtos;

/// <summary><c>PrimaryEmailAddr</c>.</summary>
internal sealed record QboEmail(string? Address);
