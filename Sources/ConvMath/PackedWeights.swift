import Synchronization

/// A layer's weights in the fast kernels' layout, once a forward pass has packed them.
///
/// Held by the layer, which never changes: the packing is done once and read by every later pass.
final class PackedWeights: Sendable {
    let value = Mutex<[Float]?>(nil)
}
