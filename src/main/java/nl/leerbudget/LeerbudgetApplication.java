package nl.leerbudget;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class LeerbudgetApplication {

    public static void main(String[] args) {
        SpringApplication.run(LeerbudgetApplication.class, args);
    }
}
