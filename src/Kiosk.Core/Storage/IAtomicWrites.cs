namespace Kiosk.Core.Storage;

/// <summary>
/// The store's unit of work. Every store write made inside <see cref="Atomically{T}"/> (through
/// any port on the same store, on the calling thread) joins one transaction: all of it is stored,
/// or — when the step throws — none of it. A step is synchronous and must not wait on other threads.
/// </summary>
public interface IAtomicWrites
{
    T Atomically<T>(Func<T> step);
}
