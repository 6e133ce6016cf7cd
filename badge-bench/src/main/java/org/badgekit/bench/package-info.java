/**
 * JMH benchmarks of badgekit (module {@code badge-bench}, Maven profile {@code bench}; never part of the default build).
 *
 * <p>Build and run: {@code mvn -B -q -Pbench -pl badge-bench -am package -DskipTests && java -jar
 * badge-bench/target/benchmarks.jar -f 1 -wi 3 -i 5 -w 1s -r 1s}. The side-by-side comparison with the Node.js reference
 * stack is {@code bench/compare.sh}; results are in {@code bench/RESULTS.md}.
 *
 * @see <a href="https://github.com/openjdk/jmh">JMH</a>
 */
package org.badgekit.bench;
