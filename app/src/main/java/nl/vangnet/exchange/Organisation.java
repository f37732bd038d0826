package nl.vangnet.exchange;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This Veilig Thuis organisation's own name and contact details, as an exchange names the sender (configuration:
 * {@code vangnet.organisation.name}, {@code .phone}, {@code .email}; Veilig Thuis Utrecht by default).
 */
@Component
public class Organisation {

    private final String name;
    private final String phone;
    private final String email;

    Organisation(@Value("${vangnet.organisation.name:Veilig Thuis Utrecht}") String name,
            @Value("${vangnet.organisation.phone:0800-2000}") String phone,
            @Value("${vangnet.organisation.email:info@veiligthuisutrecht.nl}") String email) {
        this.name = name;
        this.phone = phone;
        this.email = email;
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }
}
