using System.Text.Json.Serialization;

namespace SyncConsole.QuickBooks.Api.Dtos;

/// <summary>A QuickBooks reference: <c>{"value": id, "name": display name}</c>; only the value is needed on input.</summary>
internal sealed record QboRef([property: JsonPropertyName("value")] string Value, [property: JsonPropertyName("name")] string? Name = null);
