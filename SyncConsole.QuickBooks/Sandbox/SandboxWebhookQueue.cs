using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>Committed changes waiting to be delivered as webhooks; one item per commit.</summary>
internal sealed class SandboxWebhookQueue(IOptions<SandboxOptions> options)
{
    private readonly Channel<IReadOnlyList<SandboxChange>> _channel = Channel.CreateUnbounded<IReadOnlyList<SandboxChange>>();

    public ChannelReader<IReadOnlyList<SandboxChange>> Reader => _channel.Reader;

    public void Publish(IReadOnlyList<SandboxChange> changes)
    {
        if (changes.Count > 0 && options.Value.WebhookUrl is not null)
        {
            _channel.Writer.TryWrite([.. changes]);
        }
    }
}
