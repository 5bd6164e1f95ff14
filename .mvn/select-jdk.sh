# Sourced by ./mvnw and the scripts in deploy/ and .ci/: makes JAVA_HOME point at a JDK 21 or newer.
# Keycloak 26 and this build need 21+, while many machines still default to 17.
_af_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}
_af_select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(_af_java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  local candidate best="" best_major=0 major
  if command -v java >/dev/null 2>&1; then
    candidate="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
    major="$(_af_java_major "$candidate")"
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then best="$candidate"; best_major="$major"; fi
  fi
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major="$(_af_java_major "$candidate")"
    if [ "${major:-0}" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major="$major"; fi
  done
  if [ -z "$best" ]; then
    echo "No JDK 21 or newer found. Install one (for example 'apt-get install -y openjdk-21-jdk-headless') or set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}
_af_select_jdk || exit 1
