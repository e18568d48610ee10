# Multi-stage build: compile with Maven on Temurin 17, run on a small Temurin 17 JRE.
#   docker build -t pension-bot .
#   docker run -it --rm pension-bot                                  # terminal chat
#   docker run -d -e TELEGRAM_BOT_TOKEN=... -v pension-data:/app/data pension-bot   # Telegram
#   docker run ... -v "$PWD/faq-corpus:/app/faq-corpus:ro" ...        # serve an edited corpus
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN groupadd --system bot && useradd --system --gid bot --home /app bot
WORKDIR /app
COPY --from=build /src/target/pension-bot.jar /app/pension-bot.jar
COPY faq-corpus /app/faq-corpus
RUN mkdir -p /app/data && chown -R bot:bot /app/data
USER bot
# The corpus is baked in; mount another folder over /app/faq-corpus to override it.
# The bot token comes from the environment at run time (TELEGRAM_BOT_TOKEN), never the image.
ENV FAQ_CORPUS_DIR=/app/faq-corpus \
    DATABASE_URL=jdbc:sqlite:/app/data/pension-bot.db \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Dfile.encoding=UTF-8"
VOLUME ["/app/data"]
ENTRYPOINT ["java", "-jar", "/app/pension-bot.jar"]
