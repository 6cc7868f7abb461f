namespace Kiosk.Hardware;
internal static class AssemblyMarker;
