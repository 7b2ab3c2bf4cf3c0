using Microsoft.Extensions.DependencyInjection;
using SyncConsole.Core;
using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.Tests.Core.Fakes;

namespace SyncConsole.Tests.Core;

public class CoreServiceCollectionExtensionsTests
{
    private static ServiceCollection HostServices()
    {
        var services = new ServiceCollection();
        var clock = new ManualClock();
        var crash = new CrashSwitch();
        var records = new InMemoryRecordStore(clock);
        services.AddSingleton<IInternalRecordStore>(records);
        var progress = new RecordingProgressSink();
        services.AddSingleton<ISyncStateStore>(new InMemorySyncStateStore(records, crash, progress));
        services.AddSingleton<IConflictStore>(new InMemoryConflictStore());
        services.AddSingleton<IJobProgressSink>(progress);
        services.AddSingleton(clock);
        services.AddSingleton(crash);
        services.AddSyncCore();
        return services;
    }

    [Fact]
    public void AddSyncProvider_OneCall_RegistersAdapterStrategyAndMappers()
    {
        var services = HostServices();
        services.AddSyncProvider<FakeAdapter, FakeStrategy>("fake", p =>
        {
            foreach (var entityType in EntityTypes.All)
            {
                p.Services.AddKeyedScoped<IEntityMapper>(p.ProviderId, (_, _) => new FakeMapper(entityType));
            }
        });
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        using var scope = provider.CreateScope();

        var registry = scope.ServiceProvider.GetRequiredService<ISyncProviderRegistry>();
        var resolved = registry.Resolve("fake");

        Assert.Equal("fake", Assert.Single(registry.Providers).ProviderId);
        Assert.IsType<FakeAdapter>(resolved.Adapter);
        Assert.Equal(EntityTypes.All.Count, resolved.Mappers.Count);
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<SyncOrchestrator>());
    }

    [Fact]
    public void AddSyncProvider_TwoProviders_ResolveIndependently()
    {
        var services = HostServices();
        services.AddSyncProvider<FakeAdapter, FakeStrategy>("one", p => p.AddMapper<CustomerMapper>());
        services.AddSyncProvider<FakeAdapter, CustomerOnlyStrategy>("two", p => p.AddMapper<CustomerMapper>());
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var registry = scope.ServiceProvider.GetRequiredService<ISyncProviderRegistry>();

        Assert.Equal(["one", "two"], registry.Providers.Select(p => p.ProviderId));
        Assert.Throws<InvalidOperationException>(() => registry.Resolve("one"));
        Assert.IsType<CustomerOnlyStrategy>(registry.Resolve("two").Strategy);
        Assert.Throws<InvalidOperationException>(() => registry.Resolve("three"));
    }

    [Fact]
    public void AddSyncProvider_SameIdTwice_Throws()
    {
        var services = HostServices();
        services.AddSyncProvider<FakeAdapter, FakeStrategy>("fake", _ => { });

        Assert.Throws<InvalidOperationException>(() => services.AddSyncProvider<FakeAdapter, FakeStrategy>("fake", _ => { }));
    }

    private sealed class CustomerMapper() : EntityMapper<FakeDto>
    {
        public override EntityType EntityType => EntityType.Customer;

        protected override CanonicalRecord MapInbound(FakeDto dto, ExternalRecord record) =>
            new(EntityType, record.ExternalId, SchemaVersions.Current, dto.Fields);

        protected override FakeDto MapOutbound(CanonicalRecord record, FakeDto? current) => new(record.Fields);
    }

    private sealed class CustomerOnlyStrategy : ISyncProviderStrategy
    {
        public IReadOnlyList<EntityType> EntityOrder { get; } = [EntityType.Customer];

        public EntityCapabilities CapabilitiesOf(EntityType entityType) => new(true, true, DeleteMode.Inactivate, 1);
    }
}
