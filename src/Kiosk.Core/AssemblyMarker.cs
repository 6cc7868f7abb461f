namespace Kiosk.Core;
internal static class AssemblyMarker;
