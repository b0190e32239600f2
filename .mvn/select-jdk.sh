# Sourced by ./mvnw, ./ambulo and .ci/run: picks a JDK >= 21 (Tycho 5 needs it) and exports JAVA_HOME.
# Order: JAVA_HOME if it is new enough, then the Temurin 25 this kind of machine ships, then any JDK >= 21 under /usr/lib/jvm.
ambulo_java_feature() {
	"$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}
ambulo_select_jdk() {
	local candidate version
	for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
		[ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
		version=$(ambulo_java_feature "$candidate")
		if [ -n "$version" ] && [ "$version" -ge 21 ]; then
			export JAVA_HOME="$candidate"
			return 0
		fi
	done
	echo "Ambulo needs a JDK 21 or newer (25 recommended): none found in JAVA_HOME or /usr/lib/jvm. Install one (e.g. Temurin 25) and set JAVA_HOME." >&2
	return 1
}
