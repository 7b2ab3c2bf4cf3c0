using SyncConsole.Core.Schema;

namespace SyncConsole.Tests.Core.Fakes;

/// <summary>The fake provider's DTO: canonical fields with provider ids in references.</summary>
internal sealed record FakeDto(FieldMap Fields);
