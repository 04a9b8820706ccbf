#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A lock with one condition: the executor waits on it for finished steps (or the next
/// progress tick), and workers signal it when a step ends.
final class Monitor: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
        condition.deallocate()
    }

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }

    func signal() {
        pthread_mutex_lock(mutex)
        pthread_cond_broadcast(condition)
        pthread_mutex_unlock(mutex)
    }

    /// Waits (lock held by the caller through `withLock`) until signalled or `seconds` pass.
    func wait(seconds: Double) {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let nanoseconds = Int(now.tv_nsec) + Int(seconds * 1_000_000_000)
        var deadline = timespec(tv_sec: now.tv_sec + nanoseconds / 1_000_000_000, tv_nsec: nanoseconds % 1_000_000_000)
        pthread_cond_timedwait(condition, mutex, &deadline)
    }
}

/// Runs a body on a thread of its own. Steps block in `waitpid` for minutes; a thread per
/// running step (at most `--concurrency` of them) keeps that from starving anything else,
/// which the cooperative pool of Swift concurrency (one thread per core) would not.
enum Worker {
    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    static func start(_ body: @escaping @Sendable () -> Void) {
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        var thread = pthread_t()
        let created = pthread_create(&thread, nil, { raw in
            guard let raw else { return nil }
            Unmanaged<Body>.fromOpaque(raw).takeRetainedValue().run()
            return nil
        }, context)
        if created == 0 {
            pthread_detach(thread)
        } else {
            // No thread to be had: run here rather than lose the step.
            Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
        }
    }
}

/// Seconds on a monotonic clock, for elapsed times.
public enum Clock {
    public static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
    }

    public static func sleep(seconds: Double) {
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - Double(Int(seconds))) * 1_000_000_000))
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
    }
}

extension Array where Element: Sendable {
    /// `map` with up to `limit` bodies running at once, each on a thread of its own; the
    /// results keep the input order. For independent blocking calls (one AWS CLI process each).
    func concurrentMap<T: Sendable>(limit: Int, _ body: @escaping @Sendable (Element) -> T) -> [T] {
        let monitor = Monitor()
        nonisolated(unsafe) var results = [T?](repeating: nil, count: count)
        nonisolated(unsafe) var running = 0
        nonisolated(unsafe) var finished = 0
        for (index, element) in enumerated() {
            monitor.withLock {
                while running >= Swift.max(limit, 1) { monitor.wait(seconds: 1) }
                running += 1
            }
            Worker.start {
                let value = body(element)
                monitor.withLock {
                    results[index] = value
                    running -= 1
                    finished += 1
                }
                monitor.signal()
            }
        }
        monitor.withLock { while finished < count { monitor.wait(seconds: 1) } }
        return results.compactMap { $0 }
    }
}
