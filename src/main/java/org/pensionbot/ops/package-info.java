/**
 * What an operator watches: {@code /healthz} and {@code /readyz} for load balancers and
 * orchestrators ({@link org.pensionbot.ops.HealthRoutes}), and Prometheus metrics at
 * {@code /metrics} ({@link org.pensionbot.ops.PrometheusMetrics}), all on the process's one
 * {@link org.pensionbot.http.HttpHost}.
 *
 * <h2>Meters</h2>
 * Micrometer names, as Prometheus shows them:
 * <ul>
 *   <li>{@code pensionbot_answers_total{action}}: replies by decision (answer, clarify, fallback,
 *       smalltalk, step);</li>
 *   <li>{@code pensionbot_answer_confidence} (histogram): the deciding entry's confidence;</li>
 *   <li>{@code pensionbot_update_handling_seconds} (histogram): from an update's arrival until its
 *       reply is queued — the bot's own share of the answer latency, without Telegram's;</li>
 *   <li>{@code pensionbot_telegram_outbound_queue}: calls waiting to go to Telegram;</li>
 *   <li>{@code pensionbot_telegram_rate_limited_total}, {@code pensionbot_telegram_errors_total{kind}};</li>
 *   <li>{@code pensionbot_reminders_total{outcome}}: reminders sent or failed;</li>
 *   <li>{@code pensionbot_corpus_reloads_total{result}}: corpus reloads applied or rejected;</li>
 *   <li>the JVM's memory, threads, CPU and uptime.</li>
 * </ul>
 * No meter carries a chat id, a user id or question text as a tag.
 */
package org.pensionbot.ops;
