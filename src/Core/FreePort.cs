using System.Net;
using System.Net.Sockets;

namespace VoiceHub.Core;

/// <summary>A loopback TCP port nothing is listening on now: for a local server VoiceHub or its tests start.</summary>
public static class FreePort
{
    public static int Pick()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
