using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;

namespace SyncConsole.Tests.Core.Fakes;

/// <summary>Maps the fake DTO one to one.</summary>
internal sealed class FakeMapper(EntityType entityType) : EntityMapper<FakeDto>
{
    public override EntityType EntityType { get; } = entityType;

    protected override CanonicalRecord MapInbound(FakeDto dto, ExternalRecord record) =>
        new(EntityType, record.ExternalId, SchemaVersions.Current, dto.Fields);

    protected override FakeDto MapOutbound(CanonicalRecord record, FakeDto? current) => new(record.Fields);
}
