#!/bin/sh
# Puts a trimmed Java runtime (jlink, from the build's JDK) into the materialized product as jre/.
set -eu
product="$1"
jlink="${JAVA_HOME:?JAVA_HOME must point to the build JDK}/bin/jlink"
rm -rf "$product/jre"
# Modules Eclipse RCP and Ambulo use: XML/CSS (EMF, e4 CSS), desktop (SVG icons), SQL (store), management, naming.
"$jlink" --add-modules java.base,java.desktop,java.xml,jdk.xml.dom,java.logging,java.management,java.naming,java.sql,java.scripting,jdk.unsupported,java.instrument,jdk.zipfs,java.net.http,jdk.crypto.ec,jdk.charsets \
	--strip-debug --no-header-files --no-man-pages --compress=zip-6 --output "$product/jre"
echo "runtime image: $(du -sh "$product/jre" | cut -f1) in $product/jre"
