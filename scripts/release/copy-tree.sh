# Sourced by scripts/verify-release and scripts/check-api: copies the working tree "$1" into the new folder "$2",
# without .git and build output, so a build there leaves the tree's own target folders alone.
copy_tree() {
  mkdir "$2"
  tar -C "$1" --exclude=./.git --exclude='./target' --exclude='./*/target' --exclude='./scripts/*/target' \
    -cf - . | tar -C "$2" -xf -
}
