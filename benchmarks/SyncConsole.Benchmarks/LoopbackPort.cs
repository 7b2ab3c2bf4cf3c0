using System.Net;
using System.Net.Sockets;

namespace SyncConsole.Benchmarks;

/// <summary>A free TCP port on 127.0.0.1, for the servers the benchmark starts.</summary>
internal static class LoopbackPort
{
    public static int Free()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
