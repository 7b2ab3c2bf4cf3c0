using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Ports;

/// <summary>Typed base for a provider's mapper of one entity type.</summary>
/// <typeparam name="TDto">The provider DTO carried in <see cref="ExternalRecord.Payload"/>.</typeparam>
public abstract class EntityMapper<TDto> : IEntityMapper
    where TDto : class
{
    /// <inheritdoc/>
    public abstract EntityType EntityType { get; }

    /// <inheritdoc/>
    public CanonicalRecord ToCanonical(ExternalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return MapInbound(PayloadOf(record), record);
    }

    /// <inheritdoc/>
    public object ToExternal(CanonicalRecord record, ExternalRecord? current) =>
        MapOutbound(record, current is null ? null : PayloadOf(current));

    /// <summary>Provider DTO → canonical record (id = provider id, references = provider ids).</summary>
    protected abstract CanonicalRecord MapInbound(TDto dto, ExternalRecord record);

    /// <summary>Canonical record (references = provider ids) → provider DTO, starting from <paramref name="current"/> when updating.</summary>
    protected abstract TDto MapOutbound(CanonicalRecord record, TDto? current);

    private TDto PayloadOf(ExternalRecord record) => record.Payload as TDto
        ?? throw new ArgumentException(
            $"Expected a {typeof(TDto).Name} payload for {EntityType.ToWireName()} {record.ExternalId}.", nameof(record));
}
