package care.rounds.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A numbered dose kit of one lot, holding {@code contentsMg} when the manager added it. Written once.
 */
@Entity
@Immutable
@Table(name = "custody_kit")
public class Kit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String number;

    @Column(nullable = false, length = 40)
    private String lot;

    @Column(name = "contents_mg", nullable = false)
    private BigDecimal contentsMg;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 100)
    private String addedBy;

    protected Kit() {
    }

    Kit(String number, String lot, BigDecimal contentsMg, Instant addedAt, String addedBy) {
        this.number = number;
        this.lot = lot;
        this.contentsMg = contentsMg;
        this.addedAt = addedAt;
        this.addedBy = addedBy;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getLot() {
        return lot;
    }

    public BigDecimal getContentsMg() {
        return contentsMg;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public String getAddedBy() {
        return addedBy;
    }
}
