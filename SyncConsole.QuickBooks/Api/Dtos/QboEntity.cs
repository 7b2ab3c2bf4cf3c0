using System.Text.Json.Serialization;

namespace SyncConsole.QuickBooks.Api.Dtos;

/// <summary>Fields every QuickBooks object has. Fields no DTO declares are skipped when reading.</summary>
internal abstract class QboEntity
{
    public string? Id { get; set; }

    public string? SyncToken { get; set; }

    [JsonPropertyName("sparse")]
    public bool? Sparse { get; set; }

    public QboMetaData? MetaData { get; set; }

    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    /// <summary><c>Deleted</c> on a CDC tombstone.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }
}
