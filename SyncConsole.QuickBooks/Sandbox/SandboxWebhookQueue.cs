using System.Threading.Channels;
using Microsoft.Extensions.Options;
using SyncConsole.QuickBooks.Sandbox.Storage;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>Committed changes waiting to be delivered as webhooks; one item per commit.</summary>
internal sealed class SandboxWebhookQueue(IOptions<SandboxOptions> options)
{
    private readonly Channel<SandboxWebhookBatch> _channel = Channel.CreateUnbounded<SandboxWebhookBatch>();

    public ChannelReader<SandboxWebhookBatch> Reader => _channel.Reader;

    public void Publish(IReadOnlyList<SandboxChange> changes, SandboxFaults faults)
    {
        if (changes.Count > 0 && options.Value.WebhookUrl is not null)
        {
            _channel.Writer.TryWrite(new SandboxWebhookBatch([.. changes], faults));
        }
    }
}
