/// VanBan's release number (semantic versioning): the one place it is written. `vanban --version`
/// prints it with the git revision of the build.
public enum VanBanVersion {
    public static let number = "0.9.0"

    /// "0.9.0 (git 6e14043abcde)", or "0.9.0" for a build outside a git checkout.
    public static func description(revision: String?) -> String {
        guard let revision, !revision.isEmpty else { return number }
        return "\(number) (git \(revision))"
    }
}
