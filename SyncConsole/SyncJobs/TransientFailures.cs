using System.Net.Sockets;
using SyncConsole.QuickBooks.Api;

namespace SyncConsole.SyncJobs;

/// <summary>
/// Which job failures are worth retrying later: the provider's 5xx and 429 once its own quick retries are spent,
/// and the network. Anything else (a bug, bad configuration, a revoked connection) fails the job for good.
/// </summary>
internal static class TransientFailures
{
    public static bool IsTransient(Exception? failure)
    {
        for (var ex = failure; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case QuickBooksApiException api:
                    return api.Kind is QuickBooksErrorKind.Transient or QuickBooksErrorKind.Throttled;
                case HttpRequestException or SocketException or TimeoutException:
                    return true;
            }
        }

        return false;
    }
}
