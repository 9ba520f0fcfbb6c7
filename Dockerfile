# Builds the production jar and runs it on a plain JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline -Pproduction
COPY src src
COPY frontend frontend
COPY solver-config solver-config
RUN ./mvnw -B -ntp -Pproduction -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --home /app rounds && mkdir -p /app/data /maps && chown -R rounds /app
COPY --from=build /src/target/rounds-*.jar /app/rounds.jar
USER rounds
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/rounds.jar"]
