using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;

namespace SyncConsole.Tests.Core.Fakes;

/// <summary>A registry holding the one fake provider.</summary>
internal sealed class FakeProviderRegistry(IIntegrationAdapter adapter, ISyncProviderStrategy strategy) : ISyncProviderRegistry
{
    public const string ProviderId = "fake";

    public IReadOnlyList<SyncProviderDescriptor> Providers { get; } =
        [new(ProviderId, typeof(FakeAdapter), typeof(FakeStrategy), [typeof(FakeMapper)])];

    public SyncProvider Resolve(string providerId) => new(ProviderId, adapter, strategy,
        EntityTypes.All.ToDictionary(e => e, e => (IEntityMapper)new FakeMapper(e)));
}
