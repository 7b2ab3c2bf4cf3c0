namespace SyncConsole.QuickBooks.Api.Dtos;

/// <summary><c>PrimaryPhone</c>, <c>Mobile</c>, <c>Fax</c>.</summary>
internal sealed record QboPhone(string? FreeFormNumber);
