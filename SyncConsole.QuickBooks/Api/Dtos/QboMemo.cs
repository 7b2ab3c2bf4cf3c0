using System.Text.Json.Serialization;

namespace SyncConsole.QuickBooks.Api.Dtos;

/// <summary><c>CustomerMemo</c>: <c>{"value": text}</c>.</summary>
internal sealed record QboMemo([property: JsonPropertyName("value")] string? Value);
